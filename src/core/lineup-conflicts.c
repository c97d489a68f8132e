#define G_LOG_DOMAIN "lineup-conflicts"

#include "config.h"

#include "lineup-core.h"
