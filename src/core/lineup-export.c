#define G_LOG_DOMAIN "lineup-export"

#include "config.h"

#include "lineup-core.h"
