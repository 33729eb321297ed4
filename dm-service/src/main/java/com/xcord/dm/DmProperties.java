package com.xcord.dm;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of dm-service ({@code xcord.dm.*}).
 *
 * @param maxGroupSize most participants a group conversation holds, its creator included
 */
@ConfigurationProperties("xcord.dm")
public record DmProperties(@DefaultValue("10") int maxGroupSize) {
}
