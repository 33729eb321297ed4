package com.xcord.realtime.protocol;

/** The text of the frames the server sends: {@code {"op": ..., "t": ..., "s": ..., "d": ...}}. */
public final class Frames {

    /** {@code {"op":"DISPATCH","t":type,"s":seq,"d":data}}; {@code dataJson} is already JSON. */
    public static String dispatch(DispatchType type, long seq, String dataJson) {
        return "{\"op\":\"DISPATCH\",\"t\":\"" + type.name() + "\",\"s\":" + seq + ",\"d\":" + dataJson + "}";
    }

    /** A frame that is not a dispatch: {@code {"op":op,"d":data}}. */
    public static String of(Op op, Object data) {
        return "{\"op\":\"" + op.name() + "\",\"d\":" + Json.write(data) + "}";
    }

    /** A frame without {@code d}, e.g. HEARTBEAT_ACK. */
    public static String of(Op op) {
        return "{\"op\":\"" + op.name() + "\"}";
    }

    private Frames() {
    }
}
