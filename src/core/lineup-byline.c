#define G_LOG_DOMAIN "lineup-byline"

#include "config.h"

#include "lineup-core.h"
