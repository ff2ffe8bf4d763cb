/**
 * The importer of Thompson, Sakuwa and Suhas's strategic rivalries (2021), as converted to CSV from
 * the R package peacesciencer: which states each state counts as its strategic rivals, year by
 * year, so that a model can find any aggressor's rivals in the data instead of a hand-written list.
 */
package org.borderland.data.rivalry;
