package com.xcord.server;

import com.xcord.servicekit.test.ServiceArchitecture;

/** The boundaries of DESIGN §8 (see {@link ServiceArchitecture}); the permission algorithm is the shared module. */
class ArchitectureTests extends ServiceArchitecture {

    ArchitectureTests() {
        super("com.xcord.server", "com.xcord.permissions..");
    }
}
