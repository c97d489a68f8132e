#define G_LOG_DOMAIN "lineup-post-reader"

#include "config.h"

#include "lineup-core.h"
