/**
 * The committed panel: a compact, diffable text form of every observation (one file per dataset and
 * edition, each raw text stored once per file), written atomically and read back fast.
 */
package org.borderland.data.store;
