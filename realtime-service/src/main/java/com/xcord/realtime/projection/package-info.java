/**
 * The routing projection: who is in which server, with which roles, which channel overwrites apply, who
 * is in which conversation, who is friends with, follows or blocked whom, and the users' public profiles;
 * and the core that feeds it to the routes.
 *
 * <p><b>Routing.</b> {@link com.xcord.realtime.projection.EventConsumer} hands every event to
 * {@link com.xcord.realtime.projection.EventRouter}, which calls the route registered for its payload type.
 * A producing service's routes are {@link com.xcord.realtime.projection.EventRoutes} beans in its own package
 * under {@code com.xcord.realtime.routes} ({@code auth.AuthRoutes}, {@code server.ServerRoutes} and
 * {@code server.MemberRoutes}, {@code dm.DmRoutes}, {@code feed.FeedRoutes}): a new producer (live,
 * notifications) plugs in by adding such a package, which may also declare the opt-in streams (SUBSCRIBE) its
 * events are delivered on. Routes write the {@link com.xcord.realtime.projection.Projection}; everyone else
 * asks it through {@link com.xcord.realtime.projection.Audiences}, {@link com.xcord.realtime.projection.CatchUp}
 * and {@link com.xcord.realtime.projection.SubscribableStreams} (ArchitectureTests holds that line).
 *
 * <p><b>Where it lives: in memory, one copy per replica, rebuilt from Kafka.</b> Every replica reads every
 * event topic from the beginning with its own consumer (manual partition assignment, no consumer group, so
 * replicas never split partitions between them and leave no group behind). Records before the end offsets
 * seen at start-up only build the projection; later records also fan out to the sockets. A replica accepts
 * IDENTIFY/RESUME only once it has caught up ({@link com.xcord.realtime.projection.EventConsumer#caughtUp()}).
 *
 * <p>Why not Redis: fan-out is the hot path. A message to a 10,000-member channel needs a permission
 * decision per member; in memory that is a few microseconds each, while a Redis-backed projection would
 * cost round trips (or a big blob fetch) per message and make Redis the bottleneck and a single point of
 * failure for delivery. The projection is small (ids, role bits, overwrites), the events are the source of
 * truth (DESIGN §5) and both replicas see the same ordered stream, so each computes the same answer.
 * What must survive a socket moving between replicas (resume buffer, presence, typing) lives in Redis.
 *
 * <p>The price: start-up replays the topics, so they must keep their history (infinite retention, or
 * compaction by key once the producers publish snapshots), and start-up time grows with history. A
 * snapshot in Redis or object storage to start from is the next step when that matters.
 */
package com.xcord.realtime.projection;
