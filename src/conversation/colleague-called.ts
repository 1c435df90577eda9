/**
 * A colleague called the southern way (闽、粤、台): 阿X仔 (阿明仔、阿华仔), or 阿 before a given name in common use
 * (阿明、阿华、阿珍) — never 阿嬷、阿公、阿爸 (kin), 阿拉 (Wu: we) nor 阿里. One source for the rules that tell
 * someone else's doings or leave (not-own-work.ts, others-doings.ts, talk-aside.ts, leave-request.ts), as they
 * already know 老王、小李.
 */
export const CALLED_SOUTHERN =
  "阿[\\u4e00-\\u9fff]仔|阿(?:明|华|珍|珠|玲|美|英|芳|强|伟|成|宏|国|文|辉|龙|雄|忠|荣|福|财|德|水|娟|丽|婷|惠|萍|清|山|海|杰|俊|勇|斌|峰|军)";
