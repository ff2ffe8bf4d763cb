/**
 * The HTTP API and the dashboard. The API runs the command line's commands in process ({@link
 * org.borderland.cli.Main#capture}): a route's query parameters are its command's option names and
 * its JSON is the command's {@code --format json}, so the two cannot drift apart; the OpenAPI
 * document is generated from the same command specifications. Errors share one shape ({@link
 * org.borderland.server.ApiError}); long analyses run as jobs ({@link org.borderland.server.Jobs}).
 */
package org.borderland.server;
