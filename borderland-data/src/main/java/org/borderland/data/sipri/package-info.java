/**
 * Importer for SIPRI military expenditure as a share of GDP, read from Our World in Data's export
 * of the SIPRI Military Expenditure Database, one row per country and year from 1990.
 */
package org.borderland.data.sipri;
