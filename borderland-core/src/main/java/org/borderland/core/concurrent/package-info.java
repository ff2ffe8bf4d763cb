/** Cooperative cancellation of long computations. */
package org.borderland.core.concurrent;
