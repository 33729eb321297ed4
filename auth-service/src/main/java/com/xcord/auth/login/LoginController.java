package com.xcord.auth.login;

import com.xcord.auth.account.AuthResponse;
import com.xcord.auth.ratelimit.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /auth/login}. */
@RestController
class LoginController {

    private final Login login;
    private final ClientAddresses clients;

    LoginController(Login login, ClientAddresses clients) {
        this.login = login;
        this.clients = clients;
    }

    @PostMapping("/api/v1/auth/login")
    AuthResponse login(@RequestBody LoginRequest request, HttpServletRequest http) {
        return login.login(request, clients.resolve(http));
    }
}
