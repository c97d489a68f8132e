#define G_LOG_DOMAIN "lineup-agenda"

#include "config.h"

#include "lineup-core.h"
