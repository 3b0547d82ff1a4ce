/**
 * Where the explanation of a notice's event lives in the portal: the operators' explanation
 * page finds the event by the notice's id, so any list can link to it with what it shows.
 * Only Justid's operators may open it; link to it only on their pages.
 */
export const explanationPath = (noticeId: number): string => `/operaties/uitleg?melding=${noticeId}`;
