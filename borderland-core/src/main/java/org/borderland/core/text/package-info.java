/**
 * Text helpers shared by the readers' error messages: the edit distance between two words and the
 * closest of a set of allowed words, for "did you mean …?" hints after a typo.
 */
package org.borderland.core.text;
