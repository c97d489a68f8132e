#define G_LOG_DOMAIN "lineup-post-layouts"

#include "config.h"

#include "lineup-core.h"
