/**
 * The HTTP API and the dashboard: a door onto the application layer. Each route ({@link
 * org.borderland.server.Api}) checks its declared parameters ({@link org.borderland.server.Query}),
 * builds a request record, calls its service and writes the result record as JSON; the OpenAPI
 * document is generated from the same route table and result records. Problems and bugs share one
 * error shape ({@link org.borderland.server.ApiError}); long analyses run as jobs ({@link
 * org.borderland.server.Jobs}). This module never sees the command line.
 */
package org.borderland.server;
