package com.xcord.live;

import com.xcord.servicekit.test.ServiceArchitecture;

/** The boundaries of DESIGN §8 (see {@link ServiceArchitecture}). */
class ArchitectureTests extends ServiceArchitecture {

    ArchitectureTests() {
        super("com.xcord.live");
    }
}
