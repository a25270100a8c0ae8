/**
 * What every page shares and what keeps the app up: the home page, error pages and problem details, security
 * headers, the page cache, limits on requests, the warm-up before readiness, and the Fly.io environment
 * ({@code DATABASE_URL}, graceful exit).
 */
@NullMarked
package io.paasatlas.system;

import org.jspecify.annotations.NullMarked;
