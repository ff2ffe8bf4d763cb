/** Who shields whom from an aggressor under transit rules: {@code borderland shield}. */
package org.borderland.app.shield;
