import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The Temporal time-skipping test server on 127.0.0.1 only. The SDK's own launcher (io.temporal.testserver.TestServer)
 * listens on every interface; this is the same server (its createPortBoundServer) bound to loopback.
 *
 * Usage: LoopbackTestServer PORT — as the TypeScript SDK starts a time-skipping server: time skipping starts
 * locked, and the SDK unlocks it while a test awaits a workflow result or calls env.sleep().
 */
public final class LoopbackTestServer {
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: LoopbackTestServer PORT (the TypeScript SDK passes no flags)");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    TestServicesStarter services = new TestServicesStarter(true, 0);
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    Server server = builder.build().start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.shutdownNow();
      services.close();
    }));
    server.awaitTermination();
  }
}
