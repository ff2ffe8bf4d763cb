/**
 * Importers for the UN General Assembly: the Bailey–Strezhnev–Voeten ideal points per country and
 * session, and each country's yearly agreement with the permanent members of the Security Council
 * in roll-call votes.
 */
package org.borderland.data.unga;
