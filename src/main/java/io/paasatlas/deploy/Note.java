package io.paasatlas.deploy;

import io.paasatlas.catalog.Citation;

/** Something the user must know about a kit that no file says: a limit, a deprecation, a manual step. */
record Note(String text, Citation source) {
}
