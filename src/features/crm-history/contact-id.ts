/** The contact id maker is shared (Call Client and the Email Client both record contacts). */
export { newContactHistoryId, randomDigits } from '../../shared/domain/contact-id';
