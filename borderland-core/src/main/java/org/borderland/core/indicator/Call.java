package org.borderland.core.indicator;

import org.borderland.core.indicator.SlotMemo.Slots;
import org.borderland.core.model.AggressorProfile;
import org.borderland.core.model.GatewaySource;

/**
 * One call of the calculator: the aggressor and knowledge year, the aggressor's settings, its memo
 * slots, and what each target shields (null without a gateway source).
 */
record Call(
    String aggressor,
    int year,
    AggressorProfile profile,
    Slots slots,
    GatewaySource.Answer gateways) {}
