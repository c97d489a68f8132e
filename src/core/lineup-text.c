#define G_LOG_DOMAIN "lineup-text"

#include "config.h"

#include "lineup-core.h"
