package org.trainingplatform.notification.message;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Collection;
import java.util.List;

interface MessageRepository extends MongoRepository<Message, String> {

    List<Message> findByTraineeIdOrderByCreatedAtDesc(String traineeId, Limit limit);

    List<Message> findByClassIdAndSenderAgencyIdOrderByCreatedAtDesc(String classId, String senderAgencyId, Limit limit);

    List<Message> findBySenderAgencyIdAndStatusInOrderBySequenceAscCreatedAtAsc(String senderAgencyId,
                                                                    Collection<MessageStatus> statuses, Limit limit);

    List<Message> findByTraineeIdAndStatus(String traineeId, MessageStatus status);

    List<Message> findByLecturerIdAndStatus(String lecturerId, MessageStatus status);

    List<Message> findByClassIdAndStatus(String classId, MessageStatus status);
}
