/**
 * What a scenario changes: each target's rank and index before and after it, and why it moved
 * ({@code borderland scenario diff}).
 */
package org.borderland.app.scenario;
