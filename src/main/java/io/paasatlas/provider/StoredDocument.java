package io.paasatlas.provider;

/** A profile as stored: its content hash and JSON. */
record StoredDocument(String contentHash, String json) {
}
