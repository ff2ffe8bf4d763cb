/** One target's index and rank in every knowledge year, and what moved it ({@code history}). */
package org.borderland.app.history;
