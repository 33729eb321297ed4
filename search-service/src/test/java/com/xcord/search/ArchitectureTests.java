package com.xcord.search;

import com.xcord.servicekit.test.ServiceArchitecture;

/** The boundaries of DESIGN §8 (see {@link ServiceArchitecture}); the permission algorithm is the shared module's. */
class ArchitectureTests extends ServiceArchitecture {

    ArchitectureTests() {
        super("com.xcord.search", "com.xcord.permissions..");
    }
}
