/**
 * Browser tests of the dashboard: the server runs in process on a free port with the committed
 * panel, and Selenium drives Debian's {@code chromium} through Debian's {@code chromedriver}
 * (headless; no browser or driver is ever downloaded). The tests fail, not skip, when chromium is
 * absent ({@code .ci/run} installs it), and write screenshots under {@code target/screenshots/}.
 */
package org.borderland.server.browser;
