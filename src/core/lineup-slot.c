#define G_LOG_DOMAIN "lineup-slot"

#include "config.h"

#include "lineup-core.h"
