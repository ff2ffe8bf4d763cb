/**
 * Looking into the data: a country's sourced figures, the panel's check, the curated facts of a
 * pair and the country registry.
 */
package org.borderland.app.data;
