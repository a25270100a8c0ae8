/**
 * Deployment kits {@code /deploy}: the founding analysis' Flask deployment generated for a chosen provider from one
 * description ({@link io.paasatlas.deploy.Deployment}), every value commented with the profile fact or document it
 * comes from, the commands to run, and the monthly cost of exactly that configuration from the cost model; as a
 * page, a zip ({@code /deploy/{slug}.zip}) and JSON ({@code /api/deploy}). A provider gets a kit by adding one
 * {@link io.paasatlas.deploy.KitRenderer}.
 */
@NullMarked
package io.paasatlas.deploy;

import org.jspecify.annotations.NullMarked;
