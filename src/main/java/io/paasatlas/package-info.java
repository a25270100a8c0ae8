/**
 * PaaS Atlas: the application class. Each direct sub-package is a module (see {@code docs/modules.md}): catalog,
 * pricing, geography and provider at the bottom, then one package per feature, then the web API and the system pages.
 */
@NullMarked
package io.paasatlas;

import org.jspecify.annotations.NullMarked;
