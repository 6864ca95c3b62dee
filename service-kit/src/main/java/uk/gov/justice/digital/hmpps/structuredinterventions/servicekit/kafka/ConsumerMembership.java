package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.kafka;

import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config.ServiceKitConfig;

/**
 * Every Kafka consumer of the service recovers its partitions in seconds (ADR 0016). Where the replica has a stable
 * name (the pod's name, {@code structured-interventions.kafka.instance-id} from POD_NAME), each consumer joins its
 * group as a static member, {@code group.instance.id} = that name and the channel: a replica killed and started
 * again takes its own partitions straight back, with no rebalance. Every consumer has a short session timeout, so
 * the partitions of a replica that does not come back move to the others within it. A channel's own
 * {@code session.timeout.ms} or {@code group.instance.id} is kept. Producers are left as they are.
 */
@ApplicationScoped
public class ConsumerMembership implements ClientCustomizer<Map<String, Object>> {

    private static final Logger LOG = Logger.getLogger(ConsumerMembership.class);

    private final Optional<String> instanceId;
    private final Duration sessionTimeout;
    private final Duration heartbeatInterval;
    private final Set<String> instanceIds = ConcurrentHashMap.newKeySet();

    @Inject
    public ConsumerMembership(ServiceKitConfig config) {
        this(config.kafka().instanceId(), config.kafka().sessionTimeout(), config.kafka().heartbeatInterval());
    }

    public ConsumerMembership(Optional<String> instanceId, Duration sessionTimeout, Duration heartbeatInterval) {
        this.instanceId = instanceId.map(String::trim).filter(id -> !id.isEmpty());
        this.sessionTimeout = sessionTimeout;
        this.heartbeatInterval = heartbeatInterval;
    }

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> config) {
        if (!config.containsKey(ConsumerConfig.GROUP_ID_CONFIG)
                || !config.containsKey(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG)) {
            return config;
        }
        config.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
        config.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) heartbeatInterval.toMillis());
        if (instanceId.isPresent() && !config.containsKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)) {
            String id = uniqueInstanceId(legal(instanceId.get() + "." + channel));
            config.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, id);
            LOG.infof("Channel %s joins group %s as static member %s", channel, config.get(ConsumerConfig.GROUP_ID_CONFIG), id);
        }
        return config;
    }

    /** Two consumers of one group may not share an instance id: a channel's concurrent copies each get their own. */
    private String uniqueInstanceId(String id) {
        if (instanceIds.add(id)) {
            return id;
        }
        for (int copy = 2; ; copy++) {
            String next = id + "-" + copy;
            if (instanceIds.add(next)) {
                return next;
            }
        }
    }

    /** Kafka allows ASCII letters and digits, '.', '_' and '-' in an instance id ({@code readiness-events$1}). */
    static String legal(String id) {
        return id.replaceAll("[^a-zA-Z0-9._-]", "-");
    }
}
