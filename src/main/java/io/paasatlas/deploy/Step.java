package io.paasatlas.deploy;

import io.paasatlas.catalog.Citation;

/**
 * Commands to run, in order: the first deploy, secrets, the database, more regions.
 *
 * @param key what the step does, for message keys and anchors ({@code first-deploy})
 * @param code shell commands, one per line, comments allowed
 */
record Step(String key, String title, String code, Citation source) {
}
