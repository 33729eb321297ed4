package com.xcord.loadtest.realtime;

import com.xcord.loadtest.realtime.GatewayApi.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where pair {@code i}'s sender posts and which sockets must then receive it: its recipient alone (a DM
 * conversation per pair), or every recipient (one server channel they all joined by invite). Each message
 * carries a unique key in the field clients use for idempotency ({@code clientId} for DMs, {@code nonce} for
 * channel messages); realtime's dispatch echoes it, which is how an arriving frame is matched to its POST.
 */
sealed interface MessageRoute {

    List<Account> senders();

    List<Account> recipients();

    String path(int pair);

    Map<String, Object> body(String key);

    /** The DISPATCH type that carries the message to a recipient. */
    String dispatchType();

    /** The payload field holding the message's key. */
    String keyField();

    /** How many of the recipients' sockets each message must reach. */
    int socketsPerMessage();

    /** One 1:1 conversation per sender and recipient. */
    record Direct(List<Account> senders, List<Account> recipients, List<String> conversationIds) implements MessageRoute {

        static Direct setUp(GatewayApi api, List<Account> senders, List<Account> recipients) {
            List<String> conversations = new ArrayList<>();
            for (int i = 0; i < senders.size(); i++) {
                conversations.add(api.openConversation(senders.get(i), recipients.get(i)));
            }
            return new Direct(senders, recipients, List.copyOf(conversations));
        }

        @Override
        public String path(int pair) {
            return "/api/v1/dm/conversations/" + conversationIds.get(pair) + "/messages";
        }

        @Override
        public Map<String, Object> body(String key) {
            return Map.of("content", "delivery bench " + key, "clientId", key);
        }

        @Override
        public String dispatchType() {
            return "DM_MESSAGE_CREATE";
        }

        @Override
        public String keyField() {
            return "clientId";
        }

        @Override
        public int socketsPerMessage() {
            return 1;
        }
    }

    /** One server owned by the first sender, one text channel; every other account joins through an invite. */
    record Channel(List<Account> senders, List<Account> recipients, String serverId, String channelId) implements MessageRoute {

        static Channel setUp(GatewayApi api, List<Account> senders, List<Account> recipients) {
            Account owner = senders.get(0);
            String serverId = api.createServer(owner, "delivery bench");
            String channelId = api.createTextChannel(owner, serverId, "bench");
            String invite = api.createInvite(owner, serverId);
            senders.stream().skip(1).forEach(sender -> api.acceptInvite(sender, invite));
            recipients.forEach(recipient -> api.acceptInvite(recipient, invite));
            return new Channel(senders, recipients, serverId, channelId);
        }

        @Override
        public String path(int pair) {
            return "/api/v1/servers/" + serverId + "/channels/" + channelId + "/messages";
        }

        @Override
        public Map<String, Object> body(String key) {
            return Map.of("content", "delivery bench " + key, "nonce", key);
        }

        @Override
        public String dispatchType() {
            return "MESSAGE_CREATE";
        }

        @Override
        public String keyField() {
            return "nonce";
        }

        @Override
        public int socketsPerMessage() {
            return recipients.size();
        }
    }
}
