package io.kefu.notify;

import io.kefu.marketplace.Customer;
import io.kefu.marketplace.CustomerDirectory;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The e-mail channel: a plain-text UTF-8 e-mail over SMTP (Spring Mail, {@code spring.mail.*})
 * to the address of the customer's account, looked up when sending. Its Message-ID is derived
 * from the notification's id ({@link #messageId}), so a receiving system can recognise a repeat.
 */
@Component
public class EmailSender {

  private final ObjectProvider<JavaMailSender> mail;
  private final CustomerDirectory customers;
  private final NotifyProperties properties;

  public EmailSender(ObjectProvider<JavaMailSender> mail, CustomerDirectory customers,
      NotifyProperties properties) {
    this.mail = mail;
    this.customers = customers;
    this.properties = properties;
  }

  /** The Message-ID of a notification's e-mail, e.g. {@code <notification-42@kefu.example>}. */
  public String messageId(long notificationId) {
    return "<notification-" + notificationId + "@" + properties.email().messageIdDomain() + ">";
  }

  /**
   * Sends the claimed e-mail.
   *
   * @throws UndeliverableException if SMTP is not configured or the customer has no address
   * @throws org.springframework.mail.MailException if the SMTP server cannot be reached or
   *     refuses the message
   */
  public void send(NotificationOutbox.Claimed claim) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      throw new UndeliverableException("SMTP is not configured (spring.mail.host)");
    }
    String to = customers.findCustomer(claim.customerId()).map(Customer::email)
        .filter(address -> !address.isBlank())
        .orElseThrow(() -> new UndeliverableException("The customer has no e-mail address"));
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(properties.email().from());
      helper.setTo(to);
      helper.setSubject(claim.subject());
      helper.setText(claim.body(), false);
      // JavaMailSenderImpl keeps a Message-ID that is set before sending
      message.setHeader("Message-ID", messageId(claim.notificationId()));
      message.setHeader("Content-Language", "zh".equals(claim.language()) ? "zh-CN"
          : claim.language());
      message.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no auto-replies
    } catch (MessagingException e) {
      throw new UndeliverableException("The e-mail cannot be composed: "
          + e.getClass().getSimpleName());
    }
    sender.send(message);
  }
}
