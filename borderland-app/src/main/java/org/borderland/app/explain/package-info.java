/**
 * Why a target scored what it did, factor by factor down to the panel rows ({@code explain}), and
 * why one target ranks above another ({@code explain --versus}).
 */
package org.borderland.app.explain;
