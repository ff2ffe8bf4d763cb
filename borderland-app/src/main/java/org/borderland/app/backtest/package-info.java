/**
 * The backtest on past acts of aggression: each case ranked on what was known before it, and where
 * the state attacked stood.
 */
package org.borderland.app.backtest;
