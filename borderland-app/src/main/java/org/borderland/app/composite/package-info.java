/** A composite indicator from data in COINr's layout: {@code borderland composite}. */
package org.borderland.app.composite;
