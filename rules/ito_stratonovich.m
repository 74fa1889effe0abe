(* Ito <-> Stratonovich conversion, Lim eqs. (2)-(4).

   An Ito SDE  dX = b dt + sigma dW  is the Stratonovich SDE  dX = u dt + sigma o dW  with  u = b - c,
   where the correction c has the components [L 4]
       c^i = 1/2 Sum_{j,k} (d sigma^{ij} / d X^k) sigma^{kj}.
   sigma is the d x m matrix of noise coefficients (rows: variables, columns: noises), x the list of variables. *)

KoItoCorrection(sigma_List, x_List) :=
  Table(
    1/2 * Sum(D(sigma[[ii, jj]], x[[kk]]) * sigma[[kk, jj]], {jj, 1, Length(sigma[[ii]])}, {kk, 1, Length(x)}),
    {ii, 1, Length(x)});

(* [L 2]: Stratonovich drift u = b - c *)
KoToStratonovich(b_List, sigma_List, x_List) := KoSimplify(b - KoItoCorrection(sigma, x));

(* the reverse conversion adds the same correction back: b = u + c *)
KoToIto(u_List, sigma_List, x_List) := KoSimplify(u + KoItoCorrection(sigma, x));
