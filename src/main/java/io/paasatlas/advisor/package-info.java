/**
 * The project-fit advisor {@code /advisor}: a project's needs in, every provider out with a verdict and the reasons
 * for it, each reason a small named rule that cites the profile fact it rests on.
 */
@NullMarked
package io.paasatlas.advisor;

import org.jspecify.annotations.NullMarked;
