/**
 * What every family of user errors shares: the {@link org.kolmo.error.ErrorCode} of a stable code and a message
 * template. The families themselves live beside the code that raises them.
 */
package org.kolmo.error;
