/**
 * The JSON API under {@code /api} (providers, comparison, estimate; errors as RFC 9457 problem details; the OpenAPI
 * description at {@code /api/openapi.json}) and the CSV downloads of the catalog table, a comparison and an estimate.
 */
@NullMarked
package io.paasatlas.api;

import org.jspecify.annotations.NullMarked;
