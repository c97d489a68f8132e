/* lineup-core.h — everything in the core library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lineup-agenda.h"
#include "lineup-agenda-changes.h"
#include "lineup-builtin-post.h"
#include "lineup-byline.h"
#include "lineup-conflicts.h"
#include "lineup-date.h"
#include "lineup-download.h"
#include "lineup-export.h"
#include "lineup-link.h"
#include "lineup-markdown.h"
#include "lineup-post-reader.h"
#include "lineup-source-reader.h"
#include "lineup-source-set.h"
#include "lineup-plan.h"
#include "lineup-read-note.h"
#include "lineup-reminders.h"
#include "lineup-schedule.h"
#include "lineup-search-index.h"
#include "lineup-session.h"
#include "lineup-settings.h"
#include "lineup-slot.h"
#include "lineup-text.h"
#include "lineup-time-format.h"
#include "lineup-zone.h"
