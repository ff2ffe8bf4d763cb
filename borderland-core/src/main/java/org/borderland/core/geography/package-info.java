/**
 * Geography: the border graph of each knowledge year (states as vertices, land borders with their
 * length, optional sea links), the transit rules that say which states an aggressor's paths may
 * cross, and shielding — for every state, whether the aggressor's region can reach it, how many
 * borders away, whether it is exposed, and which states every admissible path passes through
 * (dominators, from the block–cut structure of the graph). {@link
 * org.borderland.core.geography.Geography} is the entry point; it also answers the model's gateway
 * indicator. Plain Java over the panel index and JGraphT; no I/O.
 */
package org.borderland.core.geography;
